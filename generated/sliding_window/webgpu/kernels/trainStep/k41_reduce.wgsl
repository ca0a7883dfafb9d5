// kernel k41_reduce
@group(0) @binding(0) var<storage, read> t264: array<f32>;
@group(0) @binding(1) var<storage, read> t168: array<f32>;
@group(0) @binding(2) var<storage, read> t247: array<f32>;
@group(0) @binding(3) var<storage, read> t173: array<f32>;
@group(0) @binding(4) var<storage, read_write> t280: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k41_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l264: f32 = t264[row * 64i + col];
    let l168: f32 = t168[row * 64i + col];
    let v269: f32 = l264 * l168;
    acc0_0 += v269;
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
    let l247: f32 = t247[row * 64i + col_1];
    let l264_1: f32 = t264[row * 64i + col_1];
    let l174: f32 = t173[row];
    let v268: f32 = l264_1 * l174;
    let v278: f32 = l247 + v268;
    let l173: f32 = t173[row];
    let v271: f32 = l173 * l173;
    let v272: f32 = l173 * v271;
    let v273: f32 = v272 * -0.5f;
    let v274: f32 = r0_0 * v273;
    let v275: f32 = v274 * 0.015625f;
    let l168_1: f32 = t168[row * 64i + col_1];
    let v277: f32 = v275 * l168_1;
    let v279: f32 = v278 + v277;
    let v280: f32 = v279 + v277;
    t280[row * 64i + col_1] = v280;
  }
}
