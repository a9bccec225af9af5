/** The endings of organisation names (市科技局, 各县（市、区）政府, 国网XX供电公司). */
export const UNIT_ENDING =
  /(局|委|办|厅|院|会|政府|中心|公司|集团|部|处|署|馆|站|所|队|行|社|团|联|室|街道|镇|乡|区|县|市|校|大学|学院|单位|部门|机构|企业)$/;
