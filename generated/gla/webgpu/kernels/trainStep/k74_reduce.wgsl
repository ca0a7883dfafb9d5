// kernel k74_reduce
@group(0) @binding(0) var<storage, read> t413: array<f32>;
@group(0) @binding(1) var<storage, read> t416: array<f32>;
@group(0) @binding(2) var<storage, read_write> t421: array<f32>;
var<workgroup> partial0: array<f32, 4>;
@compute @workgroup_size(4, 1, 1)
fn k74_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 4i; col += 4i) {
    let l413: f32 = t413[row / 64i * 256i + row % 64i + col * 64i];
    let v414: f32 = -l413;
    acc0_0 += v414;
  }
  partial0[lid] = acc0_0;
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
    let l420: f32 = t416[row];
    let v421: f32 = r0_0 + l420;
    t421[row] = v421;
  }
}
