// Stand-ins for the systems OpenNRM talks to, shared by the server's integration tests and the
// browser tests (e2e may import no package of the system it drives, so they live apart from it).
export { startTestProvider, type TestAccount, type TestProvider } from './start-test-provider.ts';
