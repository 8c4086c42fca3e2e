/**
 * Type tests of the public model: what a TypeScript user of @warraq/schema gets from `z.infer`.
 * `expectTypeOf` is checked by the compiler, so these fail in `npm test`'s typecheck step (tsc over
 * test/) and run as ordinary, trivially passing tests in vitest. A change to the model that changes a
 * user's types must change this file too, in the same commit, and carry a changeset.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type ArticleMetadata,
  type Block,
  type BlockKind,
  type Certainty,
  checkDocument,
  type DateMention,
  type Diagnostic,
  type Entity,
  type EntityKind,
  type EntityMention,
  formatDiagnostic,
  type Inline,
  type LineColumn,
  type LineIndex,
  lineColumnAt,
  type NumberMention,
  type Quotation,
  type Span,
  type TextNode,
  WarraqDocument,
} from '../src/index.js';

describe('public types of the document model', () => {
  it('a document is the inferred type of its schema, and parsing gives one', () => {
    expectTypeOf<WarraqDocument>().toEqualTypeOf<z.infer<typeof WarraqDocument>>();
    expectTypeOf(WarraqDocument.parse).returns.toEqualTypeOf<WarraqDocument>();
    expectTypeOf<WarraqDocument['model']>().toEqualTypeOf<1>();
    expectTypeOf<WarraqDocument['blocks']>().toEqualTypeOf<Block[]>();
    expectTypeOf<WarraqDocument['entities']>().toEqualTypeOf<Entity[]>();
    expectTypeOf<WarraqDocument['diagnostics']>().toEqualTypeOf<Diagnostic[]>();
    expectTypeOf<WarraqDocument['metadata']>().toEqualTypeOf<ArticleMetadata>();
  });

  it('inline nodes are a union discriminated by `type`, each with a span; only text is a leaf', () => {
    expectTypeOf<Inline>().toEqualTypeOf<
      TextNode | Quotation | DateMention | NumberMention | EntityMention
    >();
    expectTypeOf<Inline['span']>().toEqualTypeOf<Span>();
    expectTypeOf<Span>().toEqualTypeOf<{ start: number; end: number }>();
    expectTypeOf<TextNode>().not.toHaveProperty('content');
    expectTypeOf<Exclude<Inline, TextNode>['content']>().toEqualTypeOf<Inline[]>();
    expectTypeOf<NumberMention['value']>().toEqualTypeOf<string>();
    expectTypeOf<EntityMention['entityKind']>().toEqualTypeOf<EntityKind>();
    expectTypeOf<EntityKind>().toEqualTypeOf<'person' | 'organisation' | 'place'>();
    expectTypeOf<DateMention['certainty']>().toEqualTypeOf<Certainty>();
  });

  it('optional fields may be left out', () => {
    expectTypeOf<Omit<Block, 'lang' | 'truncated'>>().toExtend<Block>();
    expectTypeOf<
      Omit<DateMention, 'when' | 'from' | 'to' | 'whenCustom' | 'relative'>
    >().toExtend<DateMention>();
    expectTypeOf<Omit<Quotation, 'speaker'>>().toExtend<Quotation>();
    // and required ones may not
    expectTypeOf<Omit<Block, 'span'>>().not.toExtend<Block>();
  });

  it('blocks have a closed set of kinds', () => {
    expectTypeOf<Block['kind']>().toEqualTypeOf<BlockKind>();
    expectTypeOf<BlockKind>().toEqualTypeOf<
      'headline' | 'subheading' | 'lead' | 'paragraph' | 'dateline' | 'byline' | 'caption'
    >();
  });

  it('diagnostics locate a start and may locate an end', () => {
    expectTypeOf<Pick<Diagnostic, 'line' | 'column'>>().toEqualTypeOf<{ line: number; column: number }>();
    expectTypeOf<Pick<Diagnostic, 'endLine' | 'endColumn' | 'endOffset'>>().toEqualTypeOf<{
      endLine?: number;
      endColumn?: number;
      endOffset?: number;
    }>();
    expectTypeOf<Diagnostic['severity']>().toEqualTypeOf<'error' | 'warning' | 'info'>();
    expectTypeOf(formatDiagnostic).parameter(0).toEqualTypeOf<Diagnostic>();
    expectTypeOf(checkDocument).returns.toEqualTypeOf<string[]>();
    expectTypeOf(lineColumnAt).returns.toEqualTypeOf<LineColumn>();
    expectTypeOf<LineIndex['at']>().returns.toEqualTypeOf<LineColumn>();
  });
});
