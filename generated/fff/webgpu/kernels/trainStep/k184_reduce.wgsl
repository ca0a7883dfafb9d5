// kernel k184_reduce
@group(0) @binding(0) var<storage, read> t642: array<f32>;
@group(0) @binding(1) var<storage, read> t658: array<f32>;
@group(0) @binding(2) var<storage, read> t674: array<f32>;
@group(0) @binding(3) var<storage, read> t690: array<f32>;
@group(0) @binding(4) var<storage, read> t706: array<f32>;
@group(0) @binding(5) var<storage, read> t722: array<f32>;
@group(0) @binding(6) var<storage, read_write> t832: array<f32>;
@group(0) @binding(7) var<storage, read_write> t911: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k184_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16128i; col += 256i) {
    let l642: f32 = t642[col];
    let l658: f32 = t658[col];
    let v828: f32 = l642 + l658;
    let l674: f32 = t674[col];
    let v829: f32 = v828 + l674;
    let l690: f32 = t690[col];
    let v830: f32 = v829 + l690;
    let l706: f32 = t706[col];
    let v831: f32 = v830 + l706;
    let l722: f32 = t722[col];
    let v832: f32 = v831 + l722;
    let v910: f32 = v832 * v832;
    t832[col] = v832;
    acc0_0 += v910;
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
    t911[0i] = r0_0;
  }
}
