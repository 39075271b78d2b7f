// Given names of Portuguese, Spanish, French and Vietnamese written with their diacritics, which the
// shipped lists (census and English sources: scripts/build-name-lists.mjs) lack in every spelling
// (`João`,`Conceição`,`Gonçalo`,`Phương`) or hold only with an accent a login drops (`José`as a
// surname). A login or a mailbox's local part writes them in ASCII (`joao.pedro.silva`,
//`conceicao.lima`): they are looked up by their folded form (names.ts isFoldedGivenName), which
// drops every accent at once (two in`Conceição`). Issue 11, open part of 2026-12-06f: such logins
// were stored raw. Written as people write the names, one per entry; the folded forms that are
// English words or too short (`Hùng`→`hung`,`Văn`→`van`,`Mỹ`→`my`) are left out at run time.

/** Portuguese (Portugal, Brazil). */
const PORTUGUESE =`João Conceição Gonçalo Sebastião Estêvão Simão Adão Romão Lourenço Inês Luís Luísa Fátima Assunção Glória Lúcia
Mônica Mónica Sônia Sónia Vitória Márcia Cláudia Flávia Fábio Vinícius Antônio António Antônia Sérgio Otávio Júlio Márcio Cássio
Emília Letícia Patrícia Débora Tânia Lívia Natália Júlia Amélia Aurélio Aurélia Rogério Gláucia Nazaré Graça Célia Cecília Rosário
Ângela Ângelo Tomás Mário Vânia Jéssica Bárbara Valéria Sílvia Sílvio Plínio Cândido Cândida Anísio Érico Hélio Rúben Ivânia
Lúcio Fernão Jordão Brás Thaís Kauã Cauã Noémia Zélia Núbia Sâmia Mírian Míriam`;
/** Spanish. */
const SPANISH =`José María Jesús Ramón Lucía Sofía Inés Raúl Andrés Martín Agustín Sebastián Julián Adrián Fermín Joaquín Germán Rubén
Óscar Álvaro Ángel Héctor Víctor Nicolás Matías Iñaki Iñigo Íñigo Begoña Verónica Concepción Asunción Encarnación Purificación
Rocío Ángeles Belén Jerónimo Valentín Máximo Efraín Cristián Benjamín Fabián Damián Elías Isaías Jonás Noé Josué Simón Darío
Aníbal Lía Maité Noemí Zoé Rosalía
Estéfano Estefanía Guzmán Gastón Jazmín`;
/** French. */
const FRENCH =`François Françoise Hélène Jérôme Noémie Cécile Amélie Léa Chloé Thérèse Anaïs Maël Maëlle Clémence Clément Sébastien
Stéphane Stéphanie Frédéric Frédérique Gérard Gérald Grégoire Grégory Jérémie Jérémy Josée Joël Joëlle Léon Léonie Loïc Mélanie
Mélissa Michèle Ophélie Pénélope Rémi Rémy Renée René Séverine Solène Valérie Véronique Hervé Aurélien Aurélie Benoît Cédric
Célestin Céline Désirée Édouard Élise Éloïse Émile Émilie Émilien Étienne Eugène Évelyne Gaëlle Gaël Geneviève Irène Mathéo
Noël Raphaël Raphaëlle Ségolène Sylvère Théo Théodore Timothée Zoë Aimée André Andrée Léane Lénaïc Noélie Maëva Inès
Mégane Océane Régine Régis Télio Valère`;
/** Vietnamese (given and middle names). */
const VIETNAMESE =`Phương Hương Đức Thủy Thúy Tuấn Quỳnh Ngọc Việt Khánh Thảo Hiếu Trọng Cường Tiến Huyền Dũng Thắng Nhật Quốc Quân
Thành Thịnh Trâm Trường Tường Uyên Xuân Yến Hạnh Hằng Hiền Hoà Hòa Hoàng Hồng Huệ Lộc Lợi Luân Mạnh Nguyệt Phúc Phước
Sơn Tâm Thư Thùy Toàn Trí Tùng Bảo Bình Châu Chí Hải Hậu Hoài Kiên Ngân Thiện Tín Tuyết Đạt Định Đông Điệp Đào Nhàn Nhân
Hưng Khải Lương Lâm Diệp Diệu Dương Giáp Hiển Hùng Huỳnh Liên Liễu Lượng Mẫn Nghĩa Ngà Nhị Phát Phụng Quyên Sương
Thạch Thái Thuận Thương Tịnh Trúc Vĩnh Vượng Ánh Âu Ý Yên Văn Thị Mỹ Hà Tú`;

/** The names as written (NFC), one entry each. */
export const ACCENTED_GIVEN_NAMES: readonly string[] = [...new Set(`${PORTUGUESE} ${SPANISH} ${FRENCH} ${VIETNAMESE}`.split(/\s+/).filter((name) => name !== '').map((name) => name.normalize('NFC')))];
