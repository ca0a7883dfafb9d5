// kernel k31b_reduce
@group(0) @binding(0) var<storage, read> t145: array<f32>;
@group(0) @binding(1) var<storage, read> t153: array<f32>;
@group(0) @binding(2) var<storage, read> t158_rows: array<f32>;
@group(0) @binding(3) var<storage, read> t139: array<f32>;
@group(0) @binding(4) var<storage, read> t142: array<f32>;
@group(0) @binding(5) var<storage, read> t150: array<f32>;
@group(0) @binding(6) var<storage, read> t162: array<f32>;
@group(0) @binding(7) var<storage, read_write> t165: array<f32>;
var<workgroup> partial0: array<f32, 128>;
var<workgroup> partial1: array<f32, 128>;
var<workgroup> partial2: array<f32, 128>;
@compute @workgroup_size(128, 1, 1)
fn k31b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 128i; col += 128i) {
    let x145: f32 = t145[col];
    let x153: f32 = t153[col];
    let part: f32 = t158_rows[col];
    acc0_0 += x145;
    acc0_1 += x153;
    acc0_2 += part;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
    partial2[lid] = partial2[lid] + partial2[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
    partial2[lid] = partial2[lid] + partial2[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
    partial2[lid] = partial2[lid] + partial2[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
    partial2[lid] = partial2[lid] + partial2[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
    partial2[lid] = partial2[lid] + partial2[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
    partial2[lid] = partial2[lid] + partial2[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
    partial2[lid] = partial2[lid] + partial2[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  let r0_2: f32 = partial2[0i];
  if (lid == 0i) {
    let l140: f32 = t139[0i];
    let l143: f32 = t142[0i];
    let v144: f32 = l140 + l143;
    let v148: f32 = v144 + r0_0;
    let l151: f32 = t150[0i];
    let v152: f32 = v148 + l151;
    let v156: f32 = v152 + r0_1;
    let v160: f32 = v156 + r0_2;
    let l163: f32 = t162[0i];
    let v164: f32 = v160 + l163;
    let v165: f32 = sqrt(v164);
    t165[0i] = v165;
  }
}
