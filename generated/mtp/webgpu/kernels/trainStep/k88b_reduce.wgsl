// kernel k88b_reduce (compiler/std/functional.loom:33:18)
@group(0) @binding(0) var<storage, read> t515: array<f32>;
@group(0) @binding(1) var<storage, read> t543: array<f32>;
@group(0) @binding(2) var<storage, read> t569: array<f32>;
@group(0) @binding(3) var<storage, read> t595: array<f32>;
@group(0) @binding(4) var<storage, read_write> t602: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k88b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let x515: f32 = t515[col];
    acc0_0 += x515;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
  if (lid == 0i) {
    let v520: f32 = r0_0 * 0.0009765625f;
    let v521: f32 = -v520;
    let l544: f32 = t543[0i];
    let v546: f32 = l544 * 0.0009920635f;
    let v547: f32 = -v546;
    let v548: f32 = v521 + v547;
    let l570: f32 = t569[0i];
    let v572: f32 = l570 * 0.0010080645f;
    let v573: f32 = -v572;
    let v574: f32 = v548 + v573;
    let l596: f32 = t595[0i];
    let v598: f32 = l596 * 0.0010245901f;
    let v599: f32 = -v598;
    let v600: f32 = v574 + v599;
    let v602: f32 = v600 / 4.0f;
    t602[0i] = v602;
  }
}
