/** Name material for the simulated tenant: Chinese names with their pinyin, departments in two languages. */

/** [hanzi, pinyin] */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'],
  ['赵', 'Zhao'], ['吴', 'Wu'], ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'],
  ['胡', 'Hu'], ['郭', 'Guo'], ['何', 'He'], ['林', 'Lin'], ['罗', 'Luo'], ['高', 'Gao'], ['郑', 'Zheng'],
  ['梁', 'Liang'], ['谢', 'Xie'], ['宋', 'Song'], ['唐', 'Tang'], ['韩', 'Han'], ['冯', 'Feng'], ['邓', 'Deng'],
  ['曹', 'Cao'], ['彭', 'Peng'], ['曾', 'Zeng'], ['萧', 'Xiao'], ['田', 'Tian'], ['董', 'Dong'], ['潘', 'Pan'],
  ['袁', 'Yuan'], ['蔡', 'Cai'], ['蒋', 'Jiang'], ['余', 'Yu'], ['叶', 'Ye'],
];

export const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['伟', 'Wei'], ['芳', 'Fang'], ['娜', 'Na'], ['敏', 'Min'], ['静', 'Jing'], ['丽', 'Li'], ['强', 'Qiang'],
  ['磊', 'Lei'], ['洋', 'Yang'], ['艳', 'Yan'], ['勇', 'Yong'], ['军', 'Jun'], ['杰', 'Jie'], ['娟', 'Juan'],
  ['涛', 'Tao'], ['明', 'Ming'], ['超', 'Chao'], ['秀英', 'Xiuying'], ['霞', 'Xia'], ['平', 'Ping'], ['刚', 'Gang'],
  ['桂英', 'Guiying'], ['晨', 'Chen'], ['宇', 'Yu'], ['浩', 'Hao'], ['欣', 'Xin'], ['怡', 'Yi'], ['子涵', 'Zihan'],
  ['梓萱', 'Zixuan'], ['思远', 'Siyuan'], ['雨桐', 'Yutong'], ['嘉怡', 'Jiayi'], ['俊杰', 'Junjie'], ['文博', 'Wenbo'],
  ['一鸣', 'Yiming'], ['佳琪', 'Jiaqi'], ['浩然', 'Haoran'], ['若曦', 'Ruoxi'], ['天佑', 'Tianyou'], ['书瑶', 'Shuyao'],
  ['志强', 'Zhiqiang'], ['晓燕', 'Xiaoyan'], ['海峰', 'Haifeng'], ['丹', 'Dan'], ['鹏', 'Peng'], ['琳', 'Lin'],
];

/** [zh, en] */
export const DEPARTMENTS: readonly (readonly [string, string])[] = [
  ['总经办', 'Executive Office'],
  ['人力资源部', 'Human Resources'],
  ['财务部', 'Finance'],
  ['研发中心', 'Engineering'],
  ['产品部', 'Product'],
  ['销售部', 'Sales'],
  ['市场部', 'Marketing'],
  ['客户成功部', 'Customer Success'],
  ['数据平台部', 'Data Platform'],
  ['法务部', 'Legal'],
  ['行政部', 'Administration'],
];
