import type { enSingleSignOn } from './en-single-sign-on.ts';

/** Azerbaijani text of sign-in through the identity provider. */
export const azSingleSignOn: typeof enSingleSignOn = {
  singleSignOn: {
    button: '{{name}} ilə daxil olun',
    or: 'və ya e-poçt və şifrənizlə',
    failed: 'Kimlik provayderi vasitəsilə daxil olmaq alınmadı',
    errors: {
      no_account: 'Sizin üçün OpenNRM hesabı yoxdur. İnzibatçınızdan onu yaratmasını xahiş edin.',
      email_unverified:
        'Kimlik provayderiniz e-poçt ünvanınızı təsdiqləməyib, ona görə də onu hesabla uyğunlaşdırmaq mümkün deyil.',
      administrator_by_email:
        'İnzibatçı hesabına kimlik provayderi vasitəsilə e-poçtla daxil olunmur. Şifrənizlə daxil olun.',
      linked_elsewhere: 'Bu OpenNRM hesabı provayderinizdəki başqa kimliklə əlaqələndirilib.',
      inactive_user: 'Hesabınız aktiv deyil.',
      inactive_organisation: 'Təşkilatınız bu sistemdə aktiv deyil.',
      no_mapped_role: 'Kimlik provayderiniz sizə OpenNRM-in qəbul etdiyi heç bir rol vermir.',
      unknown_organisation: 'Kimlik provayderiniz sizi OpenNRM-in tanıdığı heç bir təşkilata aid etmir.',
      second_factor_missing:
        'Rolunuz ikinci amil tələb edir, kimlik provayderiniz isə onu bildirməyib. Provayderdə çoxamilli autentifikasiya ilə daxil olun və yenidən cəhd edin.',
      sign_in_expired: 'Bu giriş çox uzun çəkdi və ya artıq istifadə olunub. Yenidən başlayın.',
      sign_in_tampered:
        'Bu giriş rədd edildi: brauzerinizin kimlik provayderindən geri gətirdiyi məlumat dəyişdirilib. Yenidən başlayın.',
      provider_error: 'Kimlik provayderiniz sizi daxil etmədi.',
      invalid_response: 'Kimlik provayderinizin cavabını yoxlamaq mümkün olmadı. Yenidən başlayın.',
      provider_unavailable: 'Kimlik provayderinizə hazırda çatmaq mümkün deyil. Bir azdan yenidən cəhd edin.',
      other: 'Kimlik provayderi vasitəsilə daxil olmaq alınmadı. Yenidən başlayın.',
    },
  },
};
