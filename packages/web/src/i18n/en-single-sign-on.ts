/** English text of sign-in through the identity provider (docs/operations/single-sign-on.md). */
export const enSingleSignOn = {
  singleSignOn: {
    button: 'Sign in with {{name}}',
    or: 'or with your email and password',
    failed: 'Sign-in through your identity provider failed',
    errors: {
      no_account: 'There is no OpenNRM account for you. Ask your administrator to create one.',
      email_unverified:
        'Your identity provider has not verified your e-mail address, so it cannot be matched to an account.',
      administrator_by_email:
        'An administrator account is not signed in through the identity provider by e-mail. Sign in with your password.',
      linked_elsewhere: 'This OpenNRM account is linked to another identity at your provider.',
      inactive_user: 'Your account is not active.',
      inactive_organisation: 'Your organisation is not active in this system.',
      no_mapped_role: 'Your identity provider gives you no role that OpenNRM accepts.',
      unknown_organisation: 'Your identity provider places you in no organisation that OpenNRM knows.',
      second_factor_missing:
        'Your role requires a second factor, and your identity provider did not report one. Sign in at the provider with multi-factor authentication and try again.',
      sign_in_expired: 'This sign-in took too long or was already used. Start again.',
      sign_in_tampered:
        'This sign-in was refused: what your browser brought back from the identity provider had been changed. Start again.',
      provider_error: 'Your identity provider did not sign you in.',
      invalid_response: 'The answer of your identity provider could not be verified. Start again.',
      provider_unavailable: 'Your identity provider cannot be reached now. Try again shortly.',
      other: 'Sign-in through your identity provider failed. Start again.',
    },
  },
};
