// kernel k19_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t103: array<f32>;
@group(0) @binding(1) var<storage, read_write> t150: array<f32>;
@group(0) @binding(2) var<storage, read_write> t151: array<f32>;
@group(0) @binding(3) var<storage, read> t145: array<f32>;
@group(0) @binding(4) var<storage, read_write> t152: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k19_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l149: f32 = t103[128i + i / 128i * 256i + i % 128i];
  let v150: f32 = 1.0f / (1.0f + exp(min(-l149, 88.0f)));
  t150[i] = v150;
  let v151: f32 = l149 * v150;
  t151[i] = v151;
  let l148: f32 = t145[i / 8192i * 128i + i / 128i % 64i * 2048i + i % 128i];
  let v152: f32 = l148 * v151;
  t152[i] = v152;
}
