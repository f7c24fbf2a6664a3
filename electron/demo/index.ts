export {
  DEMO_SCALES,
  DEMO_SIZES,
  DEMO_SIZE_NAMES,
  generateDemoDataset,
  generateDemoVolunteers,
  isDemoArea,
  isDemoSize,
  type DemoDataset,
  type DemoDatasetOptions,
  type DemoSize,
} from './dataset';
export { DEMO_AREAS, type DemoArea } from './places';
