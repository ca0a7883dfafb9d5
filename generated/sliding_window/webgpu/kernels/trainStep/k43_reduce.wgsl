// kernel k43_reduce
@group(0) @binding(0) var<storage, read> t274: array<f32>;
@group(0) @binding(1) var<storage, read> t174: array<f32>;
@group(0) @binding(2) var<storage, read> t256: array<f32>;
@group(0) @binding(3) var<storage, read> t179: array<f32>;
@group(0) @binding(4) var<storage, read_write> t290: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k43_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l274: f32 = t274[row * 64i + col];
    let l174: f32 = t174[row * 64i + col];
    let v279: f32 = l274 * l174;
    acc0_0 += v279;
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
    let l256: f32 = t256[row * 64i + col_1];
    let l274_1: f32 = t274[row * 64i + col_1];
    let l180: f32 = t179[row];
    let v278: f32 = l274_1 * l180;
    let v288: f32 = l256 + v278;
    let l179: f32 = t179[row];
    let v281: f32 = l179 * l179;
    let v282: f32 = l179 * v281;
    let v283: f32 = v282 * -0.5f;
    let v284: f32 = r0_0 * v283;
    let v285: f32 = v284 * 0.015625f;
    let l174_1: f32 = t174[row * 64i + col_1];
    let v287: f32 = v285 * l174_1;
    let v289: f32 = v288 + v287;
    let v290: f32 = v289 + v287;
    t290[row * 64i + col_1] = v290;
  }
}
