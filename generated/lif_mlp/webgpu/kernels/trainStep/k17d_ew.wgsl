// kernel k17d_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t176: array<f32>;
@group(0) @binding(1) var<storage, read_write> t182: array<f32>;
@group(0) @binding(2) var<storage, read> t189: array<f32>;
@group(0) @binding(3) var<storage, read_write> t195: array<f32>;
@group(0) @binding(4) var<storage, read> t202: array<f32>;
@group(0) @binding(5) var<storage, read_write> t208: array<f32>;
@group(0) @binding(6) var<storage, read> t215: array<f32>;
@group(0) @binding(7) var<storage, read_write> t221: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l176: f32 = t176[i];
  let v179: f32 = l176 * 3.1415927f;
  let v180: f32 = v179 * v179;
  let v181: f32 = 1.0f + v180;
  let v182: f32 = 1.0f / v181;
  t182[i] = v182;
  let l189: f32 = t189[i];
  let v192: f32 = l189 * 3.1415927f;
  let v193: f32 = v192 * v192;
  let v194: f32 = 1.0f + v193;
  let v195: f32 = 1.0f / v194;
  t195[i] = v195;
  let l202: f32 = t202[i];
  let v205: f32 = l202 * 3.1415927f;
  let v206: f32 = v205 * v205;
  let v207: f32 = 1.0f + v206;
  let v208: f32 = 1.0f / v207;
  t208[i] = v208;
  let l215: f32 = t215[i];
  let v218: f32 = l215 * 3.1415927f;
  let v219: f32 = v218 * v218;
  let v220: f32 = 1.0f + v219;
  let v221: f32 = 1.0f / v220;
  t221[i] = v221;
}
