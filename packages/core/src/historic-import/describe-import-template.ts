import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { type CodeList, loadCodeLists } from './code-lists.ts';
import { historicSheets } from './historic-sheets.ts';
import type { SheetDefinition } from './sheet-definition.ts';

export interface TemplateColumn {
  name: string;
  required: boolean;
  description: string;
  codeList: string | null;
  multiple: boolean;
  example: string | null;
}

export interface ImportTemplate {
  sheets: { name: string; description: string; columns: TemplateColumn[] }[];
  /** Each a sheet of the workbook (a CSV file of its own): code, label. */
  codeLists: CodeList[];
}

/**
 * What the template files hold, from the registered sheets and this installation's code lists
 * (its organisations by name, its indicator lists), so the template is always the importer's.
 */
export async function describeImportTemplate(
  ctx: Ctx,
  definitions: readonly SheetDefinition[] = historicSheets,
): Promise<ImportTemplate> {
  authorize(ctx.actor, 'historic_import', 'read');
  const lists = await loadCodeLists(ctx);
  return {
    // A standard's own template (HTCDS) is filled in as its owner publishes it, not ours.
    sheets: definitions
      .filter((d) => !d.recognises)
      .map((d) => ({
        name: d.name,
        description: d.description,
        columns: d.columns.map((c) => ({
          name: c.name,
          required: c.required,
          description: c.description,
          codeList: c.codeList ?? null,
          multiple: c.multiple ?? false,
          example: c.example ?? null,
        })),
      })),
    codeLists: [...lists.lists],
  };
}
