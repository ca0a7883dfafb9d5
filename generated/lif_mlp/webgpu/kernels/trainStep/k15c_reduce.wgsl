// kernel k15c_reduce
@group(0) @binding(0) var<storage, read> t602: array<f32>;
@group(0) @binding(1) var<storage, read> t576: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read> t588: array<f32>;
@group(0) @binding(4) var<storage, read_write> t605: array<f32>;
@group(0) @binding(5) var<storage, read_write> t606: array<f32>;
@group(0) @binding(6) var<storage, read_write> t776: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k15c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let x602: f32 = t602[row + col * 128i];
    let g: f32 = t576[select(0i, row + col / 16i * 128i, col % 16i + -2i >= 0i && col % 16i + -2i < 1i)];
    let l578: f32 = select(0.0f, g, col % 16i + -2i >= 0i && col % 16i + -2i < 1i);
    let v603: f32 = x602 + l578;
    let g_1: f32 = t582[select(0i, row + col / 16i * 128i, col % 16i + -1i >= 0i && col % 16i + -1i < 1i)];
    let l584: f32 = select(0.0f, g_1, col % 16i + -1i >= 0i && col % 16i + -1i < 1i);
    let v604: f32 = v603 + l584;
    let g_2: f32 = t588[select(0i, row + col / 16i * 128i, col % 16i >= 0i && col % 16i < 1i)];
    let l590: f32 = select(0.0f, g_2, col % 16i >= 0i && col % 16i < 1i);
    let v605: f32 = v604 + l590;
    t605[row + col * 128i] = v605;
    acc0_0 += v605;
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
    t606[row] = r0_0;
    let v776: f32 = r0_0 * r0_0;
    t776[row] = v776;
  }
}
