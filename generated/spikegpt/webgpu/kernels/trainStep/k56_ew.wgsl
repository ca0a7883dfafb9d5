// kernel k56_ew
@group(0) @binding(0) var<storage, read> t389: array<f32>;
@group(0) @binding(1) var<storage, read> t292: array<f32>;
@group(0) @binding(2) var<storage, read_write> t394: array<f32>;
@group(0) @binding(3) var<storage, read> t294: array<f32>;
@group(0) @binding(4) var<storage, read_write> t400: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k56_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l392: f32 = t389[i / 4096i * 64i + i / 64i % 64i * 1024i + i % 64i];
  let l292: f32 = t292[i];
  let v394: f32 = l392 * l292;
  t394[i] = v394;
  let l294: f32 = t294[i];
  let v393: f32 = l392 * l294;
  let v398: f32 = 1.0f - l292;
  let v399: f32 = l292 * v398;
  let v400: f32 = v393 * v399;
  t400[i] = v400;
}
