// kernel k58_ew
@group(0) @binding(0) var<storage, read> t351: array<f32>;
@group(0) @binding(1) var<storage, read> t375: array<f32>;
@group(0) @binding(2) var<storage, read_write> t379: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k58_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t351[select(0i, 278508i + i / 2304i * 16i + i / 36i % 64i * 256i + i % 36i, i % 36i + -20i >= 0i && i % 36i + -20i < 16i)];
  let l367: f32 = select(0.0f, g, i % 36i + -20i >= 0i && i % 36i + -20i < 16i);
  let g_1: f32 = t351[select(0i, 262140i + i / 2304i * 16i + i / 36i % 64i * 256i + i % 36i, i % 36i + -4i >= 0i && i % 36i + -4i < 16i)];
  let l368: f32 = select(0.0f, g_1, i % 36i + -4i >= 0i && i % 36i + -4i < 16i);
  let v378: f32 = l367 + l368;
  let g_2: f32 = t375[select(0i, i / 36i * 4i + i % 36i, i % 36i >= 0i && i % 36i < 4i)];
  let l377: f32 = select(0.0f, g_2, i % 36i >= 0i && i % 36i < 4i);
  let v379: f32 = v378 + l377;
  t379[i] = v379;
}
