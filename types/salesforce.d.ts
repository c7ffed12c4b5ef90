// Types of the Lightning base components and platform modules that the package ships.
import '@salesforce/lightning-types';
