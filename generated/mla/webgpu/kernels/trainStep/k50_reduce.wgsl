// kernel k50_reduce
@group(0) @binding(0) var<storage, read> t304: array<f32>;
@group(0) @binding(1) var<storage, read> t258: array<f32>;
@group(0) @binding(2) var<storage, read> t263: array<f32>;
@group(0) @binding(3) var<storage, read_write> t320: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k50_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l304: f32 = t304[row * 64i + col];
    let l258: f32 = t258[row * 64i + col];
    let v309: f32 = l304 * l258;
    acc0_0 += v309;
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
    let l304_1: f32 = t304[row * 64i + col_1];
    let l264: f32 = t263[row];
    let v308: f32 = l304_1 * l264;
    let l263: f32 = t263[row];
    let v311: f32 = l263 * l263;
    let v312: f32 = l263 * v311;
    let v314: f32 = v312 * -0.5f;
    let v315: f32 = r0_0 * v314;
    let v316: f32 = v315 * 0.015625f;
    let l258_1: f32 = t258[row * 64i + col_1];
    let v318: f32 = v316 * l258_1;
    let v319: f32 = v308 + v318;
    let v320: f32 = v319 + v318;
    t320[row * 64i + col_1] = v320;
  }
}
