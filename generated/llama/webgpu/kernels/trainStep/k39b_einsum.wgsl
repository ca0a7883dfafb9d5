// kernel k39b_einsum
@group(0) @binding(0) var<storage, read> t288: array<f32>;
@group(0) @binding(1) var<storage, read> t284: array<f32>;
@group(0) @binding(2) var<storage, read> t210: array<f32>;
@group(0) @binding(3) var<storage, read> t214: array<f32>;
@group(0) @binding(4) var<storage, read> t213: array<f32>;
@group(0) @binding(5) var<storage, read> t212: array<f32>;
@group(0) @binding(6) var<storage, read_write> t295: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k39b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x288: f32 = t288[i];
  let x284: f32 = t284[i];
  let l210: f32 = t210[i];
  let v289: f32 = x284 * l210;
  let l214: f32 = t214[i];
  let v290: f32 = v289 * l214;
  let l213: f32 = t213[i];
  let v291: f32 = v290 / l213;
  let v292: f32 = -v291;
  let l212: f32 = t212[i];
  let v293: f32 = v292 * l212;
  let v294: f32 = -v293;
  let v295: f32 = x288 + v294;
  t295[i] = v295;
}
