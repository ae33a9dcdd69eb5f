export {
  defaultScaleSeed,
  generateScaleCountry,
  type ScaleOptions,
  type ScaleSummary,
  type ScaleTarget,
} from './generate-scale-country.ts';
