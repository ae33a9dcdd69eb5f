import type { enSecondFactor } from './en-second-factor.ts';

/** Azerbaijani text of the second factor: enrolment in the profile, the code step at sign-in. */
export const azSecondFactor: typeof enSecondFactor = {
  secondFactor: {
    title: 'Autentifikator tətbiqi',
    intro:
      'Şifrədən sonra telefonunuzdakı tətbiqdən (məsələn, FreeOTP, Aegis və ya Google Authenticator) kod tələb olunur.',
    required: 'Rolunuz autentifikator tətbiqi tələb edir. Davam etmək üçün onu quraşdırın.',
    enrolled: 'Autentifikator tətbiqi quraşdırılıb. Qalan bərpa kodları: {{count}}',
    lostPhone: 'Telefonunuzu itirmisiniz? İnzibatçıdan onu sıfırlamasını xahiş edin.',
    start: 'Autentifikator tətbiqini quraşdırın',
    scan: 'Bu QR kodu tətbiqlə skan edin və ya açarı əl ilə daxil edin.',
    qrAlt: 'Autentifikator tətbiqinizin açarını saxlayan QR kod',
    key: 'Açar',
    code: 'Tətbiqdən altırəqəmli kod',
    confirm: 'Təsdiqləyin',
    recoveryTitle: 'Bərpa kodlarınız',
    recoveryIntro:
      'Telefonunuz yanınızda olmadıqda hər kod sizi bir dəfə daxil edir. Onları etibarlı yerdə saxlayın: yalnız indi göstərilir.',
    recoveryDone: 'Onları saxladım',
    stepTitle: 'Autentifikator tətbiqinizdən kod',
    stepIntro: 'Şifrəniz düzgündür. Autentifikator tətbiqinin indi göstərdiyi kodu daxil edin.',
    useRecovery: 'Bunun əvəzinə bərpa kodundan istifadə edin',
    useApp: 'Tətbiqdəki koddan istifadə edin',
    recoveryCode: 'Bərpa kodu',
    verify: 'Daxil olun',
    startOver: 'Şifrə ilə yenidən başlayın',
    wrongCode: 'Kod yanlışdır və ya artıq istifadə olunub.',
    expired: 'Bu girişin vaxtı bitib. Şifrənizlə yenidən başlayın.',
    reset: 'Autentifikator tətbiqini sıfırlayın',
    resetIntro:
      'İtirilmiş telefon üçün: tətbiqi və bərpa kodlarını silir və istifadəçinin sessiyalarını bitirir. Rolu tətbiq tələb edirsə, növbəti girişdə yenisini quraşdırır.',
    resetConfirm: 'Bu istifadəçinin autentifikator tətbiqi sıfırlansın?',
    resetDone: 'Autentifikator tətbiqi sıfırlandı.',
  },
};
