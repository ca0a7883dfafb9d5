// kernel k23_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t146: array<f32>;
@group(0) @binding(1) var<storage, read> t54: array<f32>;
@group(0) @binding(2) var<storage, read> t55: array<f32>;
@group(0) @binding(3) var<storage, read_write> t162: array<f32>;
@group(0) @binding(4) var<storage, read_write> t166: array<f32>;
@group(0) @binding(5) var<storage, read> t149: array<f32>;
@group(0) @binding(6) var<storage, read_write> t176: array<f32>;
@group(0) @binding(7) var<storage, read_write> t180: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l157: f32 = t146[i * 2i];
    let l62: f32 = t54[i % 8i];
    let v160: f32 = l157 * l62;
    let l159: f32 = t146[1i + i * 2i];
    let l65: f32 = t55[i % 8i];
    let v161: f32 = l159 * l65;
    let v162: f32 = v160 - v161;
    t162[i] = v162;
    let v164: f32 = l157 * l65;
    let v165: f32 = l159 * l62;
    let v166: f32 = v164 + v165;
    t166[i] = v166;
    let l171: f32 = t149[i * 2i];
    let v174: f32 = l171 * l62;
    let l173: f32 = t149[1i + i * 2i];
    let v175: f32 = l173 * l65;
    let v176: f32 = v174 - v175;
    t176[i] = v176;
    let v178: f32 = l171 * l65;
    let v179: f32 = l173 * l62;
    let v180: f32 = v178 + v179;
    t180[i] = v180;
  }
}
