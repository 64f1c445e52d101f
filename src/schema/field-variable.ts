import { GraphQLError } from 'graphql';
import type { FieldVariable } from '../domain/field-value.js';
import { builder } from './builder.js';
import { FieldValueRef } from './field-value.js';
import { I18nTextRef } from './i18n-text.js';

export const FieldVariableRef = builder.objectRef<FieldVariable>('FieldVariable').implement({
  description: 'A form or flow variable. `name` is absent for flow variables (Feishu does not send it).',
  fields: (t) => ({
    apiName: t.exposeString('apiName'),
    name: t.field({ type: I18nTextRef, nullable: true, resolve: (variable) => variable.name }),
    value: t.field({
      type: FieldValueRef,
      nullable: true,
      description: 'Null when Feishu sent no value; an UNRESOLVABLE_VALUE error when its references cannot be resolved.',
      resolve: (variable) => {
        if (variable.problem !== undefined) {
          throw new GraphQLError(`value of ${variable.apiName} cannot be resolved: ${variable.problem}`, {
            extensions: { code: 'UNRESOLVABLE_VALUE', apiName: variable.apiName },
          });
        }
        return variable.value;
      },
    }),
  }),
});
