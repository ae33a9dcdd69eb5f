/** English text of the second factor: enrolment in the profile, the code step at sign-in. */
export const enSecondFactor = {
  secondFactor: {
    title: 'Authenticator app',
    intro:
      'A code from an app on your phone (such as FreeOTP, Aegis or Google Authenticator) is asked for after your password.',
    required: 'Your role requires an authenticator app. Set it up to continue.',
    enrolled: 'An authenticator app is set up. Recovery codes left: {{count}}',
    lostPhone: 'Lost your phone? Ask the administrator to reset it.',
    start: 'Set up the authenticator app',
    scan: 'Scan this QR code with the app, or type the key by hand.',
    qrAlt: 'QR code holding the key of your authenticator app',
    key: 'Key',
    code: 'Six-digit code from the app',
    confirm: 'Confirm',
    recoveryTitle: 'Your recovery codes',
    recoveryIntro:
      'Each code signs you in once when you do not have your phone. Keep them somewhere safe: they are shown only now.',
    recoveryDone: 'I have kept them',
    stepTitle: 'Code from your authenticator app',
    stepIntro: 'Your password is right. Enter the code your authenticator app shows now.',
    useRecovery: 'Use a recovery code instead',
    useApp: 'Use the code from the app',
    recoveryCode: 'Recovery code',
    verify: 'Sign in',
    startOver: 'Start again with the password',
    wrongCode: 'The code is incorrect or has already been used.',
    expired: 'This sign-in has expired. Start again with your password.',
    reset: 'Reset the authenticator app',
    resetIntro:
      'For a lost phone: removes the app and the recovery codes and ends the user’s sessions. If their role requires an app, they set up a new one at the next sign-in.',
    resetConfirm: 'Reset the authenticator app of this user?',
    resetDone: 'The authenticator app was reset.',
  },
};
