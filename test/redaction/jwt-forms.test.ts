// JSON Web Tokens whose payload is not a JSON object (a fresh attacker's finding: a JWS with an
// HS256 header and a non-JSON payload was stored unmasked) and five-part JWE are masked too.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

const jwt = (text: string) => detectSensitive(text).filter((d) => d.type === 'JWT').map((d) => text.slice(d.start, d.end));

describe('JWT forms', () => {
  it.each([
    ['a JWT with a JSON payload', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'],
    ['a JWS whose payload is not JSON', 'eyJhbGciOiJIUzI1NiJ9.QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNk.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'],
    ['a five-part JWE', 'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_etLbbWSrFr05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rzVRltdYwam_lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_tETKzpVLzfiwQyeyPGLBIO56YJ7eObdv0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_ZT2LawVCWTIy3brGPi6UklfCpIMfIjf7iGdXKHzg.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ'],
  ])('%s is masked whole', (_label, token) => {
    expect(jwt(`token=${token} end`)).toEqual([token]);
  });

  it('look-alikes stay: a header alone, or short parts', () => {
    expect(jwt('eyJhbGciOiJIUzI1NiJ9 alone')).toEqual([]);
    expect(jwt('eyJhbGciOiJIUzI1NiJ9.abc.def')).toEqual([]);
  });
});
