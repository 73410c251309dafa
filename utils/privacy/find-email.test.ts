import { describe, expect, it } from 'vitest';
import { findEmails } from './find-email';

const texts = (text: string) => findEmails(text).map((f) => f.text);

describe('findEmails', () => {
  it('finds addresses and leaves a closing full stop or bracket outside', () => {
    expect(texts('Graag contact via j.devries1975@hotmail.com.')).toEqual(['j.devries1975@hotmail.com']);
    expect(texts('Zijn dochter (sanne.visser@kpnmail.nl) helpt.')).toEqual(['sanne.visser@kpnmail.nl']);
  });

  it('accepts plus signs, underscores, capitals and subdomains', () => {
    expect(texts('a.ahmadi+gemeente@gmail.com en kees_bakker@mail.ziggo.nl en Mohamed.Bouzid@Gmail.com')).toEqual([
      'a.ahmadi+gemeente@gmail.com',
      'kees_bakker@mail.ziggo.nl',
      'Mohamed.Bouzid@Gmail.com',
    ]);
  });

  it('ignores an at sign that is not part of an address', () => {
    expect(texts('Overleg @ stadskantoor, team@ en @gemeente')).toEqual([]);
  });
});
