import {
  oidcCallbackRoute,
  oidcStartRoute,
  secondFactorSignInRoute,
  signInRoute,
  singleSignOnRoute,
} from './auth-routes.ts';
import { healthRoute, openApiRoute } from './system-routes.ts';

/** The only routes that answer without a session or token. */
export const publicRoutes = [
  healthRoute,
  openApiRoute,
  signInRoute,
  secondFactorSignInRoute,
  singleSignOnRoute,
  oidcStartRoute,
  oidcCallbackRoute,
] as const;
export const publicPaths: ReadonlySet<string> = new Set(publicRoutes.map((r) => r.path));
