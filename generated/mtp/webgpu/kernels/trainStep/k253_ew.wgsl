// kernel k253_ew
@group(0) @binding(0) var<storage, read> t1264: array<f32>;
@group(0) @binding(1) var<storage, read> t1267: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1270: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k253_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t1264[select(0i, i / 2i, i % 2i + -1i >= 0i && i % 2i + -1i < 1i)];
  let l1266: f32 = select(0.0f, g, i % 2i + -1i >= 0i && i % 2i + -1i < 1i);
  let g_1: f32 = t1267[select(0i, i / 2i, i % 2i >= 0i && i % 2i < 1i)];
  let l1269: f32 = select(0.0f, g_1, i % 2i >= 0i && i % 2i < 1i);
  let v1270: f32 = l1266 + l1269;
  t1270[i] = v1270;
}
