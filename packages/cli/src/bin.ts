#!/usr/bin/env node
import { DomainError } from '@opennrm/core';
import { ConfigError } from '@opennrm/server';
import { Command, CommanderError } from 'commander';
import { auditCheckpointCommand } from './commands/audit-checkpoint-command.ts';
import { auditPublicKeyCommand } from './commands/audit-public-key-command.ts';
import { auditVerifyCommand } from './commands/audit-verify-command.ts';
import { backupCommand } from './commands/backup-command.ts';
import { demoCommand } from './commands/demo-command.ts';
import { exportCtdcCommand } from './commands/export-ctdc-command.ts';
import { importCtdcCommand } from './commands/import-ctdc-command.ts';
import { type ImportHistoryOptions, importHistoryCommand } from './commands/import-history-command.ts';
import { keysRotateCommand } from './commands/keys-rotate-command.ts';
import { migrateCommand } from './commands/migrate-command.ts';
import { personsIndexNamesCommand } from './commands/persons-index-names-command.ts';
import { reportCommand } from './commands/report-command.ts';
import { restoreCommand } from './commands/restore-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { userCreateCommand } from './commands/user-create-command.ts';
import { UsageError } from './usage-error.ts';

const env = `
Configuration by environment:
  DATABASE_URL            PostgreSQL 15+ connection string (default: embedded database)
  OPENNRM_DATA_DIR        data directory of the embedded database (default ./data)
  OPENNRM_DATA_KEY        sealing key(s), base64; or OPENNRM_KEY_FILE (default <data dir>/keyring.json)
  OPENNRM_LOOKUP_KEY      duplicate-check key, base64 (required with OPENNRM_DATA_KEY; with DATABASE_URL both
                          are required: docs/operations/keys.md)
  OPENNRM_AUDIT_KEY       audit chain and checkpoint key, base64 (required with OPENNRM_DATA_KEY)
  OPENNRM_AUDIT_CHECKPOINT_FILE / _MAIL   where serve sends signed audit checkpoints (every 60 minutes)
  OPENNRM_SMTP_URL        SMTP server for e-mail notifications; OPENNRM_MAIL_INTERVAL_SECONDS (30)
  OPENNRM_JOB_POLL_MS     how often each process looks for due background work (5000; docs/operations/jobs.md)
  OPENNRM_REPLICA_URL     a streaming replica of DATABASE_URL: reports, statistics and exports read from it
  OPENNRM_PG_BIN          directory of pg_dump/pg_restore for backup and restore (default: newest installed)
  PORT, HOST              where to listen (default 8080 on 127.0.0.1)`;

function buildProgram(): Command {
  const program = new Command('opennrm')
    .description('OpenNRM: national referral mechanism for fighting human trafficking')
    .addHelpText('after', env)
    .showHelpAfterError()
    .exitOverride();
  program
    .command('serve', { isDefault: true })
    .description('run the web server (the default)')
    .action(serveCommand);
  program
    .command('backup <file>')
    .description(
      'write a consistent backup of the database to FILE, also while the server runs (keys not included)',
    )
    .action(backupCommand);
  program
    .command('restore <file>')
    .description(
      'restore a backup into an EMPTY database, then check row counts, the audit chain and the keys',
    )
    .action(async (file: string) => {
      process.exitCode = await restoreCommand(file);
    });
  program.command('migrate').description('apply pending database migrations').action(migrateCommand);
  program
    .command('demo')
    .description('load the demo country (bodies of the 2015 Azerbaijan report, a user per role)')
    .option('--scale <persons>', 'then add this many synthetic persons (2016-2025) for benchmarks')
    .option('--seed <seed>', 'seed of the synthetic persons (same seed, same figures)')
    .action(demoCommand);
  const user = program.command('user').description('manage users');
  user
    .command('create')
    .description('create a user')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--organisation <id-or-name>', 'organisation id or exact name')
    .requiredOption('--role <role...>', 'one or more roles, e.g. system_administrator')
    .option('--password <password>', 'initial password (or OPENNRM_NEW_USER_PASSWORD)')
    .action(userCreateCommand);
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description(
      'check the keyed hash chain; exit code 1 and the first altered, inserted or deleted event when broken',
    )
    .option(
      '--checkpoint <file>',
      'also compare with every signed checkpoint in FILE: newest events deleted, rewritten (default: OPENNRM_AUDIT_CHECKPOINT_FILE if it exists)',
    )
    .action(async (options: { checkpoint?: string }) => {
      process.exitCode = await auditVerifyCommand(options);
    });
  audit
    .command('checkpoint')
    .description('verify the log, then print a signed checkpoint of its last event as one line of JSON')
    .option('--append <file>', 'append the checkpoint to FILE (keep it off the database host)')
    .option('--mail <address>', 'mail the checkpoint to ADDRESS (needs OPENNRM_SMTP_URL)')
    .action(async (options: { append?: string; mail?: string }) => {
      process.exitCode = await auditCheckpointCommand(options);
    });
  audit
    .command('public-key')
    .description('print the public key that checks checkpoint signatures (PEM), for outside verifiers')
    .action(auditPublicKeyCommand);
  const keys = program.command('keys').description('sealing keys');
  keys
    .command('rotate')
    .description('add a new sealing key and re-seal every sealed value under it')
    .action(keysRotateCommand);
  program
    .command('persons')
    .description('person records')
    .command('index-names')
    .description(
      'give persons registered before the name search their name keys (needs the installation keys; run once after upgrading, safe to repeat)',
    )
    .action(personsIndexNamesCommand);
  const importData = program.command('import').description('import outside data');
  importData
    .command('ctdc <file>')
    .description(
      'import a CTDC victim dataset (Global Dataset or Global Synthetic Dataset CSV) as a separate source dataset',
    )
    .option('--name <name>', 'dataset name (default: the file name without extension)')
    .option('--dry-run', 'read and check every row, write nothing')
    .option('--errors <file.csv>', 'write every rejected row (row,column,value,message) to this file')
    .action(async (file: string, options: { name?: string; dryRun?: boolean; errors?: string }) => {
      process.exitCode = await importCtdcCommand(file, options);
    });
  importData
    .command('history <path>')
    .description(
      "load the country's records from before OpenNRM (persons, screenings, exploitation, decisions, consents, referrals) from the template (.xlsx, .csv, .zip or a folder of CSVs), through the same rules as the web",
    )
    .requiredOption(
      '--as <email>',
      'the administrator who runs the import (named in the records and the trail)',
    )
    .requiredOption('--organisation <name>', 'the organisation whose history the file is')
    .option('--dry-run', 'check every row through the use cases, write nothing')
    .option('--errors <file.csv>', 'write every error (sheet,row,column,message) to this file')
    .action(async (path: string, options: ImportHistoryOptions) => {
      process.exitCode = await importHistoryCommand(path, options);
    });
  program
    .command('export')
    .description('export data for publication')
    .command('ctdc')
    .description('our identified victims as CTDC Global Synthetic Dataset CSV (format B), k-anonymous')
    .requiredOption('--out <file.csv>', 'file to write')
    .option('--from <year>', 'first registration year')
    .option('--to <year>', 'last registration year')
    .option(
      '--k <k>',
      'smallest group any combination of values may describe (default and minimum: the Statistics settings, 11)',
    )
    .option('--include-presumed', 'also presumed victims (registration year = year the record was created)')
    .action(exportCtdcCommand);
  program
    .command('report')
    .description('the annual report as a file (published view unless --view internal); audited')
    .requiredOption('--out <file>', 'file to write (.pdf, .xlsx, .json or .csv)')
    .option('--format <format>', 'pdf, xlsx, json or csv (default: from the file name)')
    .option('--year <year>', 'calendar year (default: the last full year)')
    .option('--from <date>', 'first day of a period (YYYY-MM-DD), with --to')
    .option('--to <date>', 'last day of the period')
    .option('--view <view>', 'published (small figures hidden) or internal (exact)')
    .option('--region <region>', 'only organisations of this region')
    .option('--organisation <id>', 'only this organisation')
    .option('--dataset <id>', 'an imported CTDC dataset instead of national records')
    .option('--locale <locale>', 'en, az or ru (default en)')
    .option('--table <key>', 'with csv: which table, e.g. victims_identified.sex_age')
    .action(reportCommand);
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UsageError || error instanceof ConfigError || error instanceof DomainError) {
    console.error(`opennrm: ${error.message}`);
    process.exitCode = error instanceof DomainError ? 1 : 2;
  } else {
    console.error(`opennrm: ${(error as Error).message}`);
    if (process.env.OPENNRM_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
