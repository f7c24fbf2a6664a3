export {
  DEMO_SIZES,
  DEMO_SIZE_NAMES,
  generateDemoDataset,
  isDemoArea,
  isDemoSize,
  type DemoDataset,
  type DemoDatasetOptions,
  type DemoSize,
} from './dataset';
export { DEMO_AREAS, type DemoArea } from './places';
