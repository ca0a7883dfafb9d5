// kernel k134_reduce
@group(0) @binding(0) var<storage, read> t617: array<f32>;
@group(0) @binding(1) var<storage, read> t577: array<f32>;
@group(0) @binding(2) var<storage, read> t52: array<f32>;
@group(0) @binding(3) var<storage, read> t124: array<f32>;
@group(0) @binding(4) var<storage, read> t602: array<f32>;
@group(0) @binding(5) var<storage, read> t607: array<f32>;
@group(0) @binding(6) var<storage, read> t620: array<f32>;
@group(0) @binding(7) var<storage, read_write> t626: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k134_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x) + (i32(loom_wid.y) + i32(loom_wid.z) * 2i) * 32768i;
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l617: f32 = t617[row / 256i * 4096i + row % 256i + col * 256i];
    let v618: f32 = -l617;
    acc0_0 += v618;
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
    let l577: f32 = t577[row];
    let l71: f32 = t52[row];
    let v580: f32 = l577 * l71;
    let l124: f32 = t124[row];
    let v581: f32 = v580 * l124;
    let l602: f32 = t602[row];
    let v603: f32 = -l602;
    let v623: f32 = v581 + v603;
    let g: f32 = t607[select(0i, row / 256i * 16i + row % 16i, row / 16i % 16i + -15i >= 0i && row / 16i % 16i + -15i < 1i)];
    let l609: f32 = select(0.0f, g, row / 16i % 16i + -15i >= 0i && row / 16i % 16i + -15i < 1i);
    let v624: f32 = v623 + l609;
    let v625: f32 = v624 + r0_0;
    let l622: f32 = t620[row];
    let v626: f32 = v625 + l622;
    t626[row] = v626;
  }
}
