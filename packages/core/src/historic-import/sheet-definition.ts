import type { Ctx } from '../context.ts';
import type { Organisation } from '../model.ts';
import type { CodeLists } from './code-lists.ts';
import type { ImportSheet } from './import-report.ts';

/** What a parser makes of one cell: a value, or a message a person can act on. */
export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * One column of a sheet. `parse` receives the cell as text (empty cells never reach it: an empty
 * optional cell is `undefined`, an empty required one an error) and the installation's code lists.
 */
export interface ColumnDefinition<T = unknown> {
  name: string;
  /** Shown in the template under the header and in the docs. */
  description: string;
  required: boolean;
  /** The code list sheet whose codes the column takes (the template names it). */
  codeList?: string;
  /** Several codes in one cell, separated by ";". */
  multiple?: boolean;
  example?: string;
  parse(text: string, lists: CodeLists): ParseOutcome<T>;
}

/** Parsed cells by column name (`undefined`: empty optional cell). */
export type RowValues = Record<string, unknown>;

/** What a sheet's writer may use for one row: acting identities and the other sheets' records. */
export interface RowWriter {
  /** The importing organisation (the default owner of what the file creates). */
  organisation: Organisation;
  /**
   * The use cases' context acting on behalf of an organisation (default: the importing one),
   * with the dates of the file and the policy of an import actor (core/policy/grants.ts).
   */
  actingFor(organisationId?: string | null): Ctx;
  /** The id of the record another row (this file or an earlier import) created. */
  recordOf(sheet: string, sourceId: string): string;
}

/**
 * A registered record type of the historic import. The importer knows no sheet by name: it reads
 * the columns, checks references and idempotency, and hands each new row to `write`, which calls
 * the same use cases as the web. A new module adds its sheet to `historic-sheets.ts`.
 */
export interface SheetDefinition {
  /** Sheet name in the workbook and file name (without .csv) in a folder of CSVs. */
  name: string;
  description: string;
  /** The columns; every sheet has `source_id`, the source system's own record id. */
  columns: readonly ColumnDefinition[];
  /** Columns that name a row of another sheet (or of this one, earlier) by its source id. */
  references: readonly { column: string; sheet: string }[];
  /**
   * For a standard's own template whose sheet has no name of ours (IOM's HTCDS spreadsheet is
   * "Sheet1"): whether a sheet with these headers is this one.
   */
  recognises?(headers: readonly string[]): boolean;
  /** A standard's file as the sheet's columns (other spellings of its headers, a label row). */
  normalise?(sheet: ImportSheet): ImportSheet;
  /** Filled cells of a row the sheet reads but does not keep, with the reason (the report's notices). */
  noticesOf?(cells: Readonly<Record<string, string>>): { column: string; message: string }[];
  /** Columns of the file this sheet does not read are left alone instead of refused. */
  ignoresOtherColumns?: boolean;
  /** A row that is not a record (a second header row of labels). */
  skipsRow?(cells: Readonly<Record<string, string>>): boolean;
  /** The row's source id when the format has no column for it (default: `source_id`). */
  sourceIdOf?(cells: Readonly<Record<string, string>>): string;
  /** Use-case fields (`details.fields` of a validation error) -> the column a person fixes. */
  fieldColumns?: Readonly<Record<string, string>>;
  /** Creates the row's records through the use cases; returns the id the row is known by. */
  write(writer: RowWriter, values: RowValues): Promise<string>;
}
