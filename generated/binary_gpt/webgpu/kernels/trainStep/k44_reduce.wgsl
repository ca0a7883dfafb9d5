// kernel k44_reduce
@group(0) @binding(0) var<storage, read> t311: array<f32>;
@group(0) @binding(1) var<storage, read> t189: array<f32>;
@group(0) @binding(2) var<storage, read> t283: array<f32>;
@group(0) @binding(3) var<storage, read> t194: array<f32>;
@group(0) @binding(4) var<storage, read_write> t327: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k44_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l311: f32 = t311[row * 64i + col];
    let l189: f32 = t189[row * 64i + col];
    let v316: f32 = l311 * l189;
    acc0_0 += v316;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l283: f32 = t283[row * 64i + col_1];
    let l311_1: f32 = t311[row * 64i + col_1];
    let l195: f32 = t194[row];
    let v315: f32 = l311_1 * l195;
    let v325: f32 = l283 + v315;
    let l194: f32 = t194[row];
    let v318: f32 = l194 * l194;
    let v319: f32 = l194 * v318;
    let v320: f32 = v319 * -0.5f;
    let v321: f32 = r0_0 * v320;
    let v322: f32 = v321 * 0.015625f;
    let l189_1: f32 = t189[row * 64i + col_1];
    let v324: f32 = v322 * l189_1;
    let v326: f32 = v325 + v324;
    let v327: f32 = v326 + v324;
    t327[row * 64i + col_1] = v327;
  }
}
