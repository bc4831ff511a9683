import { describe, expect, test } from 'vitest';
import { hasId, idRanges, permalinkFor, typedId } from '../../src/scripts/typed-permalink.ts';

describe('idRanges', () => {
  test('keeps runs of consecutive numbers per letter, in order, whatever order the IDs come in', () => {
    expect(idRanges(['D-003', 'D-001', 'P-001', 'D-002', 'D-005', 'D-1000', 'A-010', 'D-005'])).toEqual({
      A: [[10, 10]],
      D: [
        [1, 3],
        [5, 5],
        [1000, 1000],
      ],
      P: [[1, 1]],
    });
  });

  test('stays a few bytes for ten thousand IDs handed out in order', () => {
    const ids = ['P', 'D', 'A', 'B'].flatMap((letter) =>
      Array.from({ length: 2500 }, (_, index) => `${letter}-${String(index + 1).padStart(3, '0')}`),
    );
    expect(JSON.stringify(idRanges(ids))).toBe('{"A":[[1,2500]],"B":[[1,2500]],"D":[[1,2500]],"P":[[1,2500]]}');
  });
});

describe('typedId', () => {
  test.each([
    ['/D-007/', 'D-007'],
    ['/D-007', 'D-007'],
    ['/d-007/', 'D-007'],
    ['/d7/', 'D-007'],
    ['/D7', 'D-007'],
    ['/d-7', 'D-007'],
    ['/d%20007/', 'D-007'],
    ['/p_12', 'P-012'],
    ['/b1000/', 'B-1000'],
    ['//a-0042//', 'A-042'],
  ])('reads %s as %s', (path, id) => {
    expect(typedId(path)).toBe(id);
  });

  test.each(['/', '/d/', '/d0/', '/d-000/', '/dilemmas/', '/d-7/extra/', '/dd7/', '/7/', '/d-7x/', '/%E0%A4%A/'])(
    'reads %s as no ID',
    (path) => {
      expect(typedId(path)).toBeUndefined();
    },
  );
});

describe('permalinkFor', () => {
  const ranges = idRanges(['D-001', 'D-002', 'D-007', 'P-001']);

  test('sends a typed ID of an entry on the site to its permanent link', () => {
    expect(['/d7/', '/D-007', '/d-7', '/D7'].map((path) => permalinkFor(path, ranges))).toEqual(
      Array(4).fill({ to: '/D-007/' }),
    );
  });

  test('names the ID when no entry on the site has it, also at the exact permanent link', () => {
    expect([permalinkFor('/d5/', ranges), permalinkFor('/D-005/', ranges)]).toEqual([
      { unknown: 'D-005' },
      { unknown: 'D-005' },
    ]);
  });

  test('leaves alone a path of a letter no kind on the site has, and the permanent link of an entry', () => {
    expect([
      permalinkFor('/h2/', ranges),
      permalinkFor('/bestaat-niet/', ranges),
      permalinkFor('/D-007/', ranges),
    ]).toEqual([{}, {}, {}]);
  });

  test('hasId finds a number inside a run and not in a gap', () => {
    expect(['D-002', 'D-003', 'D-007', 'P-002', 'X-001'].map((id) => hasId(ranges, id))).toEqual([
      true,
      false,
      true,
      false,
      false,
    ]);
  });
});
