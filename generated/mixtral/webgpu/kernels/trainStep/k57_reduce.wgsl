// kernel k57_reduce (dsl-examples/mixtral.loom:18:12)
@group(0) @binding(0) var<storage, read> t241: array<f32>;
@group(0) @binding(1) var<storage, read> t319: array<f32>;
@group(0) @binding(2) var<storage, read_write> t321: array<f32>;
@group(0) @binding(3) var<storage, read_write> t328: array<f32>;
@group(0) @binding(4) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t331: array<f32>;
@group(0) @binding(6) var<storage, read_write> t326: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k57_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l241: f32 = t241[row * 64i + col];
    let l320: f32 = t319[row * 64i + col];
    let v321: f32 = l241 + l320;
    let v322: f32 = v321 * v321;
    t321[row * 64i + col] = v321;
    acc0_0 += v322;
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
    let l241_1: f32 = t241[row * 64i + col_1];
    let l320_1: f32 = t319[row * 64i + col_1];
    let v321_1: f32 = l241_1 + l320_1;
    let v324: f32 = r0_0 * 0.015625f;
    let v325: f32 = v324 + 0.00001f;
    let v326: f32 = inverseSqrt(v325);
    let v328: f32 = v321_1 * v326;
    t328[row * 64i + col_1] = v328;
    let l330: f32 = p_norm_g[col_1];
    let v331: f32 = v328 * l330;
    t331[row * 64i + col_1] = v331;
  }
  if (lid == 0i) {
    let v324_1: f32 = r0_0 * 0.015625f;
    let v325_1: f32 = v324_1 + 0.00001f;
    let v326_1: f32 = inverseSqrt(v325_1);
    t326[row] = v326_1;
  }
}
