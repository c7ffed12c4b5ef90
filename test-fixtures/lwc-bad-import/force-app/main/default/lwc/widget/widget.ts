import { LightningElement } from 'lwc';
import getWidgetName from '@salesforce/apex/WidgetController.getWidgetName';
import deleteWidget from '@salesforce/apex/WidgetController.deleteWidget';
import NAME_FIELD from '@salesforce/schema/Account.Name';
import GHOST_FIELD from '@salesforce/schema/Account.Ghost__c';

export default class Widget extends LightningElement {
  fields = [NAME_FIELD, GHOST_FIELD];
  load = getWidgetName;
  remove = deleteWidget;
}
