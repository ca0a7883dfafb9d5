// kernel k41_reduce
@group(0) @binding(0) var<storage, read> t270: array<f32>;
@group(0) @binding(1) var<storage, read> t170: array<f32>;
@group(0) @binding(2) var<storage, read> t252: array<f32>;
@group(0) @binding(3) var<storage, read> t175: array<f32>;
@group(0) @binding(4) var<storage, read_write> t286: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k41_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l270: f32 = t270[row * 64i + col];
    let l170: f32 = t170[row * 64i + col];
    let v275: f32 = l270 * l170;
    acc0_0 += v275;
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
    let l252: f32 = t252[row * 64i + col_1];
    let l270_1: f32 = t270[row * 64i + col_1];
    let l176: f32 = t175[row];
    let v274: f32 = l270_1 * l176;
    let v284: f32 = l252 + v274;
    let l175: f32 = t175[row];
    let v277: f32 = l175 * l175;
    let v278: f32 = l175 * v277;
    let v279: f32 = v278 * -0.5f;
    let v280: f32 = r0_0 * v279;
    let v281: f32 = v280 * 0.015625f;
    let l170_1: f32 = t170[row * 64i + col_1];
    let v283: f32 = v281 * l170_1;
    let v285: f32 = v284 + v283;
    let v286: f32 = v285 + v283;
    t286[row * 64i + col_1] = v286;
  }
}
