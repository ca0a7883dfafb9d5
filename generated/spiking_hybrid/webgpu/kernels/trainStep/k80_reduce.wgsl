// kernel k80_reduce
@group(0) @binding(0) var<storage, read> t453: array<f32>;
@group(0) @binding(1) var<storage, read> t93: array<f32>;
@group(0) @binding(2) var<storage, read> t91: array<f32>;
@group(0) @binding(3) var<storage, read_write> t458: array<f32>;
@group(0) @binding(4) var<storage, read_write> t462: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k80_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l457: f32 = t453[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col];
    let l93: f32 = t93[row * 16i + col];
    let v459: f32 = l457 * l93;
    let l92: f32 = t91[row];
    let v460: f32 = v459 / l92;
    let v461: f32 = -v460;
    let v458: f32 = l457 / l92;
    t458[row * 16i + col] = v458;
    acc0_0 += v461;
  }
  partial0[lid] = acc0_0;
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
    t462[row] = r0_0;
  }
}
