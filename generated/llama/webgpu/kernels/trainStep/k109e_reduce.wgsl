// kernel k109e_reduce
@group(0) @binding(0) var<storage, read> t498: array<f32>;
@group(0) @binding(1) var<storage, read> t518: array<f32>;
@group(0) @binding(2) var<storage, read> t496: array<f32>;
@group(0) @binding(3) var<storage, read> t503: array<f32>;
@group(0) @binding(4) var<storage, read> t507: array<f32>;
@group(0) @binding(5) var<storage, read> t511: array<f32>;
@group(0) @binding(6) var<storage, read> t515: array<f32>;
@group(0) @binding(7) var<storage, read_write> t521: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x498: f32 = t498[col];
    let x518: f32 = t518[col];
    acc0_0 += x498;
    acc0_1 += x518;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  if (lid == 0i) {
    let l497: f32 = t496[0i];
    let v501: f32 = l497 + r0_0;
    let l504: f32 = t503[0i];
    let v505: f32 = v501 + l504;
    let l508: f32 = t507[0i];
    let v509: f32 = v505 + l508;
    let l512: f32 = t511[0i];
    let v513: f32 = v509 + l512;
    let l516: f32 = t515[0i];
    let v517: f32 = v513 + l516;
    let v521: f32 = v517 + r0_1;
    t521[0i] = v521;
  }
}
