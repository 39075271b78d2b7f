// Latin American cities, landmarks and couriers read as persons (O2 of the thirteenth README-only
// probe, 2026-12-05f, issue 11): cities whose names the lists hold as surnames (`Medellín`,
// `Cartagena`, `Trujillo`), landmarks led by a Spanish or Portuguese head noun (`Plaza de Mayo`,
// `Parque Ibirapuera`, `Lago Titicaca`, `Mercado de San Juan`) or named in several words (`Machu
// Picchu`, `Cristo Redentor`, `Pão de Açúcar`), a street named after a date (`Avenida 9 de Julio`),
// and couriers (`Correios`, `Servientrega`, `Andreani`). The row's inputs, other places of the kind
// made up here, and the persons beside them that stay masked.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

const unchanged = (text: string) => expect(masked(text)).toBe(text);

describe('O2: Latin American places and couriers are no persons', () => {
  it('the probe rows', () => {
    unchanged('Visitar: Avenida Paulista, Praça da Sé, Cristo Redentor, Pão de Açúcar, Parque Ibirapuera, Mercado Municipal');
    unchanged('Paseo: Avenida 9 de Julio, Plaza de Mayo, Caminito (La Boca), Mercado de San Juan');
    unchanged('Correios (Empresa Brasileira de Correios e Telégrafos)');
    expect(kept('Dirección: Carrera 43A # 1 Sur-100, El Poblado, Medellín, Antioquia', ['El Poblado, Medellín, Antioquia'])).toEqual([]);
    expect(kept('Dirección: Jr. Junín 345, Cercado, Trujillo, La Libertad', ['Cercado, Trujillo, La Libertad'])).toEqual([]);
  });
  it.each([
    ['cities in a sentence', 'Vamos a Cartagena y Medellín en marzo.'],
    ['a tour', 'Tour: Machu Picchu, Lago Titicaca, Plaza de Armas de Cusco'],
    ['a walk', 'Caminata por Parque Lleras y Plaza Botero'],
    ['Portuguese landmarks', 'Roteiro: Parque Lage, Mercado Central, Lagoa Rodrigo de Freitas'],
    ['a street named after a date', 'Oficina en Avenida 18 de Julio, Montevideo'],
    ['couriers', 'Envío por Servientrega, Andreani o Correios; Correo Argentino para Lima.'],
  ])('%s', (_name, text) => {
    unchanged(text);
  });
  it('persons of the same names stay masked', () => {
    expect(leaks('Paciente: Rosa Trujillo Mamani, DNI 45872319', ['Rosa Trujillo Mamani'])).toEqual([]);
    expect(leaks('Atendido por el Dr. Cartagena', ['Cartagena'])).toEqual([]);
    expect(leaks('Contacto: Julio Mercado Ruiz', ['Julio Mercado Ruiz'])).toEqual([]);
    expect(leaks('La paciente Ana Mercado llamó', ['Ana Mercado'])).toEqual([]);
    expect(leaks('Nació el 9 de julio; contacto Julio Ramírez', ['Julio Ramírez'])).toEqual([]);
  });
  it('linear: places repeated', () => {
    const make = (n: number) => 'Visitar Plaza de Mayo, Medellín, Machu Picchu, Avenida 9 de Julio y Correios. '.repeat(Math.ceil(n / 78)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
