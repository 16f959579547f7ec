export {
  attachFiles,
  listFiles,
  listFilesOf,
  readFileFor,
  removeOrphanFiles,
  saveUpload,
  ZFileIds,
  ZStoredFile,
  type TCanRead,
  type TStoredFile,
} from "./service";
export { configureFileStorage, fileStorage, LocalDiskStorage, type FileStorage } from "./storage";
export { ACCEPTED_FILE_TYPES, MAX_FILE_BYTES, MAX_FILES_PER_RECORD, ORPHAN_HOURS, UPLOAD_QUOTA } from "./rules";
