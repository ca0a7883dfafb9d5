// kernel k76a_reduce
@group(0) @binding(0) var<storage, read> t360: array<f32>;
@group(0) @binding(1) var<storage, read> t451: array<f32>;
@group(0) @binding(2) var<storage, read> t454: array<f32>;
@group(0) @binding(3) var<storage, read_write> t457: array<f32>;
@group(0) @binding(4) var<storage, read_write> t458: array<f32>;
@group(0) @binding(5) var<storage, read_write> t672: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k76a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l360: f32 = t360[row + col * 64i];
    let l451: f32 = t451[row + col * 64i];
    let v456: f32 = l360 + l451;
    let l455: f32 = t454[col];
    let v457: f32 = v456 + l455;
    t457[row + col * 64i] = v457;
    acc0_0 += v457;
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
    t458[row] = r0_0;
    let v672: f32 = r0_0 * r0_0;
    t672[row] = v672;
  }
}
