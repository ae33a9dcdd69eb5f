import type { OrganisationType, Role } from '@opennrm/core';

/**
 * The bodies named in the 2015 TIP report on Azerbaijan (docs/design.md), as a demo country. NGO
 * names are invented: the report does not name them.
 */
export const demoOrganisations: {
  key: string;
  name: string;
  type: OrganisationType;
  region: string;
  address?: string;
}[] = [
  { key: 'atd', name: 'MIA Anti-Trafficking Department', type: 'police', region: 'Baku' },
  { key: 'sms', name: 'State Migration Service', type: 'migration_service', region: 'Baku' },
  { key: 'vac', name: 'Victim Assistance Center', type: 'victim_assistance_centre', region: 'Baku' },
  {
    key: 'mia-shelter',
    name: 'MIA-run shelter, Baku',
    type: 'shelter',
    region: 'Baku',
    address: 'Demo address, Baku (sealed)',
  },
  {
    key: 'ngo-baku',
    name: 'Safe Home (NGO shelter, Baku)',
    type: 'ngo',
    region: 'Baku',
    address: 'Demo address 2, Baku (sealed)',
  },
  {
    key: 'ngo-ganja',
    name: 'New Life (NGO shelter, Ganja)',
    type: 'ngo',
    region: 'Ganja',
    address: 'Demo address, Ganja (sealed)',
  },
  { key: 'prosecution', name: "Prosecutor General's Office", type: 'prosecution', region: 'Baku' },
  { key: 'court', name: 'Baku Grave Crimes Court', type: 'court', region: 'Baku' },
  { key: 'hotline', name: 'Anti-trafficking hotline 152', type: 'hotline', region: 'Baku' },
  { key: 'coordinator', name: 'Office of the National Coordinator', type: 'coordinator', region: 'Baku' },
  { key: 'operator', name: 'OpenNRM system operator', type: 'system_operator', region: 'Baku' },
];

export const demoPassword = 'OpenNRM-demo-2015';

export const demoUsers: { email: string; displayName: string; organisation: string; roles: Role[] }[] = [
  {
    email: 'admin@demo.opennrm.org',
    displayName: 'Samir Aliyev',
    organisation: 'operator',
    roles: ['system_administrator'],
  },
  {
    email: 'coordinator@demo.opennrm.org',
    displayName: 'Leyla Mammadova',
    organisation: 'coordinator',
    roles: ['national_coordinator'],
  },
  {
    email: 'caseworker@demo.opennrm.org',
    displayName: 'Aysel Huseynova',
    organisation: 'ngo-baku',
    roles: ['case_worker'],
  },
  {
    email: 'vac@demo.opennrm.org',
    displayName: 'Nigar Hasanova',
    organisation: 'vac',
    roles: ['case_worker'],
  },
  {
    email: 'migration@demo.opennrm.org',
    displayName: 'Rashad Guliyev',
    organisation: 'sms',
    roles: ['case_worker'],
  },
  {
    email: 'investigator@demo.opennrm.org',
    displayName: 'Elchin Ismayilov',
    organisation: 'atd',
    roles: ['investigator'],
  },
  {
    email: 'prosecutor@demo.opennrm.org',
    displayName: 'Farid Abbasov',
    organisation: 'prosecution',
    roles: ['prosecutor'],
  },
  {
    // The integrity unit (the prosecutor's anti-corruption directorate): complicity cases only.
    email: 'integrity@demo.opennrm.org',
    displayName: 'Nurlan Safarov',
    organisation: 'prosecution',
    roles: ['integrity_officer'],
  },
  {
    email: 'shelter@demo.opennrm.org',
    displayName: 'Gunel Karimova',
    organisation: 'mia-shelter',
    roles: ['shelter_manager'],
  },
  {
    email: 'ngo-shelter@demo.opennrm.org',
    displayName: 'Sevinj Rzayeva',
    organisation: 'ngo-ganja',
    roles: ['shelter_manager', 'case_worker'],
  },
  {
    email: 'hotline@demo.opennrm.org',
    displayName: 'Kamran Babayev',
    organisation: 'hotline',
    roles: ['hotline_operator'],
  },
  {
    email: 'finance@demo.opennrm.org',
    displayName: 'Rauf Mammadli',
    organisation: 'coordinator',
    roles: ['finance_officer'],
  },
  {
    email: 'auditor@demo.opennrm.org',
    displayName: 'Tural Najafov',
    organisation: 'operator',
    roles: ['auditor'],
  },
];
