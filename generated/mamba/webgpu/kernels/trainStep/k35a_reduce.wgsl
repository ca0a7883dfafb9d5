// kernel k35a_reduce
@group(0) @binding(0) var<storage, read> t241: array<f32>;
@group(0) @binding(1) var<storage, read> t139: array<f32>;
@group(0) @binding(2) var<storage, read_write> t262: array<f32>;
@group(0) @binding(3) var<storage, read_write> t263: array<f32>;
@group(0) @binding(4) var<storage, read_write> t534: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k35a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l254: f32 = t241[131072i + row + col / 64i * 128i + col % 64i * 2048i];
    let l139: f32 = t139[row + col * 128i];
    let v261: f32 = 1.0f / (1.0f + exp(min(-l139, 88.0f)));
    let v262: f32 = l254 * v261;
    t262[row + col * 128i] = v262;
    acc0_0 += v262;
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
    t263[row] = r0_0;
    let v534: f32 = r0_0 * r0_0;
    t534[row] = v534;
  }
}
