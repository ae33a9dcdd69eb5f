import type { CtdcRowError } from '@opennrm/core';

export const errorReportHeader = 'row,column,value,message\n';

/**
 * One line of the rejected-rows report. The report is opened in spreadsheets, so a value that
 * starts like a formula (= + - @, or a tab/CR that some programs strip first) gets a leading
 * apostrophe: a victim dataset must not be able to run formulas on the coordinator's machine.
 */
export function toErrorReportLine(error: CtdcRowError): string {
  return `${[String(error.row), error.column, error.value, error.message].map(toCell).join(',')}\n`;
}

function toCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
