/** The store's shape: four typed slices combined into one zustand store. */
import type { StateCreator } from 'zustand';
import type { GraphSlice } from './graphSlice';
import type { FiltersSlice } from './filtersSlice';
import type { SelectionSlice } from './selectionSlice';
import type { ViewSlice } from './viewSlice';

export type AtlasState = GraphSlice & FiltersSlice & SelectionSlice & ViewSlice;

export type SliceCreator<T> = StateCreator<AtlasState, [], [], T>;
