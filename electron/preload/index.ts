import { contextBridge, ipcRenderer } from 'electron';
import { exposeApi } from './expose-api';

// Sandboxed preload: bundled to one CommonJS file whose only import is 'electron'.
exposeApi(contextBridge, ipcRenderer);
