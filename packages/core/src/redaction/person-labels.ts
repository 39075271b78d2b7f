// Labels and nouns right before a person's name, shared by the name scan (names.ts decide) and the
// address scan (addresses.ts: a street's word ending a name after such a label is the surname's).
// Anchored at the end of the text they are tested on; no nested quantifier.

/**
 * A role label of a person and its colon at a line's or a field's start (`Tenant:`, `Owner:`,
 * `Landlord:`, `Guarantor:`, `Driver:`, `Account holder:`, `Contact:`, `Emergency contact:`,
 * `Assigned to:`): what follows it is a person's name, as after `Name:` (decide reads two ambiguous
 * given-name words there as a given name and a surname: `Tenant: Grace Hill`; issue 11 of
 * 2026-12-05). Not `Location:`, `Venue:`, `Site:`. Anchored, tested on at most 32 characters.
 */
export const PERSON_ROLE_LABEL_BEFORE = /(?:^|[^\p{L} \t])[ \t]*(?:(?:emergency|primary|secondary|billing|site|main|key|account|card|policy|lease|joint)[ \t])?(?:contact|tenant|owner|landlord|landlady|guarantor|driver|holder|cardholder|policyholder|lessee|lessor|occupant|borrower|co-?signer|assignee|assigned[ \t]to|reporter|requester|requestor|approver|reviewer|witness|executor|next[ \t]of[ \t]kin|spouse|guardian|buyer|seller|signatory|beneficiary|payee|recipient|courier|rider|subscriber|caseworker|candidate)[ \t]*:[ \t]*$/iu;
/**
 * A role noun of a person right before a run, with no colon (`Tenant Grace Hill signed the
 * lease`, `the guarantor Maria Lincoln`): the nouns of ROLE_LEAD_NOUNS that name only a person,
 * read as PERSON_ROLE_LABEL_BEFORE is (issue 11 of 2026-12-05). Anchored, on 16 characters.
 */
export const PERSON_ROLE_NOUN_BEFORE = /(?:^|[^\p{L}])(?:tenant|landlord|landlady|lessee|lessor|guarantor|driver|courier|rider|executor|executrix|beneficiary|caseworker|applicant|claimant|candidate|student|pupil|cardholder|policyholder|borrower)[ \t]{1,2}$/iu;
/** A label or a self-introduction right before a person's full name (`Name:`, `Patient:`, `my name is`). */
export const STRONG_NAME_CUE_BEFORE = /(?:(?:(?:^|[^\p{L} \t])[ \t]*(?:[Nn]ame|NAME|[Pp]atient|PATIENT|[Pp]t|[Cc]lient|[Mm]ember|[Ee]mployee|[Aa]pplicant|[Ii]nsured|[Cc]laimant|[Gg]uest|[Pp]assenger|[Ss]tudent|[Rr]esident|[Cc]aller)|(?:^|[^\p{L}])(?:[Ff]ull|[Pp]atient(?:['’]s)?|[Cc]ustomer|[Cc]lient|[Ll]egal|[Ff]irst[ \t]and[ \t][Ll]ast)[ \t][Nn]ame)[ \t]*:[ \t]*|(?:^|[^\p{L}])(?:[Mm]y[ \t]+(?:full[ \t]+)?name[ \t]+is|I[ \t]+am|I['’]m|[Cc]all[ \t]+me|[Nn]amed)[ \t]+)$/u;
/**
 * `Owner`, `Contact` and `Point of contact` without a colon right before a run (`Owner Grace Hill`,
 * `Account owner Grace Hill`, `Emergency contact Maria Lincoln`, `Point of contact Maria Lane`;
 * issue 11 of 2026-12-05): these nouns name a thing's owner or a team as often as a person
 * (`Owner Platform Team`, `Contact Support`), so decide reads two ambiguous given-name words after
 * them as a person's name only when the name ends there (NAME_ENDS_AFTER). `owner`/`contact` at a
 * line's or a field's start, after at most one qualifier; `point of contact` anywhere. Anchored,
 * tested on at most 32 characters.
 */
export const OWNER_CONTACT_NOUN_BEFORE = /(?:(?:^|[^\p{L} \t])[ \t]*(?:(?:account|business|property|home|site|primary|secondary|technical|billing|emergency|main|key|data|product|process|system|asset|record)[ \t])?(?:owner|contact)|(?:^|[^\p{L}])point[ \t]of[ \t]contact)[ \t]{1,2}$/iu;
/**
 * What ends a person's name after OWNER_CONTACT_NOUN_BEFORE: the end of the text or line, a comma,
 * `;`, `(`, a sentence's end, a dash or a pipe between fields, or a phone number or an email
 * address after a blank (`Contact Grace Hill 555-0100`, `Owner Grace Hill <grace@…>`). Not a
 * capitalized word (`Contact Grace Hill Academy`, `Owner Grace Hill Estates`). Anchored at the
 * name's end; bounded.
 */
export const NAME_ENDS_AFTER = /^(?:[ \t]*(?:$|[\r\n,;(]|[.!?](?:\s|$)|[-–—|][ \t])|[ \t]{1,2}(?:\+?\d|\(\d|<?[^\s@<>]{1,64}@))/u;
