// kernel k35b_einsum
@group(0) @binding(0) var<storage, read> t261: array<f32>;
@group(0) @binding(1) var<storage, read> t257: array<f32>;
@group(0) @binding(2) var<storage, read> t183: array<f32>;
@group(0) @binding(3) var<storage, read> t187: array<f32>;
@group(0) @binding(4) var<storage, read> t186: array<f32>;
@group(0) @binding(5) var<storage, read> t185: array<f32>;
@group(0) @binding(6) var<storage, read_write> t268: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k35b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x261: f32 = t261[i];
  let x257: f32 = t257[i];
  let l183: f32 = t183[i];
  let v262: f32 = x257 * l183;
  let l187: f32 = t187[i];
  let v263: f32 = v262 * l187;
  let l186: f32 = t186[i];
  let v264: f32 = v263 / l186;
  let v265: f32 = -v264;
  let l185: f32 = t185[i];
  let v266: f32 = v265 * l185;
  let v267: f32 = -v266;
  let v268: f32 = x261 + v267;
  t268[i] = v268;
}
