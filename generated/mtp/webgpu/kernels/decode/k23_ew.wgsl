// kernel k23_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t155: array<f32>;
@group(0) @binding(1) var<storage, read> t63: array<f32>;
@group(0) @binding(2) var<storage, read> t64: array<f32>;
@group(0) @binding(3) var<storage, read_write> t171: array<f32>;
@group(0) @binding(4) var<storage, read_write> t175: array<f32>;
@group(0) @binding(5) var<storage, read> t158: array<f32>;
@group(0) @binding(6) var<storage, read_write> t185: array<f32>;
@group(0) @binding(7) var<storage, read_write> t189: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l166: f32 = t155[i * 2i];
    let l71: f32 = t63[i % 8i];
    let v169: f32 = l166 * l71;
    let l168: f32 = t155[1i + i * 2i];
    let l74: f32 = t64[i % 8i];
    let v170: f32 = l168 * l74;
    let v171: f32 = v169 - v170;
    t171[i] = v171;
    let v173: f32 = l166 * l74;
    let v174: f32 = l168 * l71;
    let v175: f32 = v173 + v174;
    t175[i] = v175;
    let l180: f32 = t158[i * 2i];
    let v183: f32 = l180 * l71;
    let l182: f32 = t158[1i + i * 2i];
    let v184: f32 = l182 * l74;
    let v185: f32 = v183 - v184;
    t185[i] = v185;
    let v187: f32 = l180 * l74;
    let v188: f32 = l182 * l71;
    let v189: f32 = v187 + v188;
    t189[i] = v189;
  }
}
